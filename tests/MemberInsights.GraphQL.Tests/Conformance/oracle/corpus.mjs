// Reads a corpus file: cases separated by header lines "#### <case name>"; the text up to the
// next header (trailing blank lines removed) is the document. The C# reader splits the same way.
export function readCorpus(text, fileName) {
  const cases = [];
  let name = null;
  let lines = [];
  const flush = () => {
    if (name !== null) {
      while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
      cases.push({ name: `${fileName}: ${name}`, document: lines.join('\n') });
    }
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#### ')) {
      flush();
      name = line.slice(5).trim();
      lines = [];
    } else if (name !== null) {
      lines.push(line);
    }
  }
  flush();
  return cases;
}
