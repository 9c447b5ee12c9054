using System.Globalization;
using System.Text;

namespace MemberInsights.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec section 2.1), a port of graphql-js's algorithm with its exact error
/// messages. Comments are skipped. Offsets, lines and columns are in UTF-16 code units, like graphql-js.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _line = 1;
    private int _lineStart;
    private Token _lookahead;
    private bool _hasLookahead;

    /// <summary>Creates a lexer positioned at the start-of-file token.</summary>
    public Lexer(string body)
    {
        _body = body ?? throw new ArgumentNullException(nameof(body));
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The previous token (the last one consumed).</summary>
    public Token LastToken { get; private set; }

    /// <summary>Advances to the next non-comment token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _hasLookahead = false;
        return Token;
    }

    /// <summary>Returns the next non-comment token without consuming it.</summary>
    public Token Lookahead()
    {
        if (_hasLookahead)
        {
            return _lookahead;
        }

        var token = Token;
        if (token.Kind != TokenKind.EndOfFile)
        {
            do
            {
                token = ReadNextToken(token.End);
            }
            while (token.Kind == TokenKind.Comment);
        }

        _lookahead = token;
        _hasLookahead = true;
        return token;
    }

    /// <summary>Creates the graphql-js-style syntax exception for a position in <paramref name="body"/>.</summary>
    public static GraphQLSyntaxException SyntaxError(string body, int position, string description, string code = ErrorCodes.SyntaxError)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= body.Length || body[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                line++;
                lineStart = i + 2;
                i++;
            }
        }

        var error = new GraphQLError(
            "Syntax Error: " + description,
            new SourceLocation(line, position - lineStart + 1),
            new Dictionary<string, object?>(1) { ["code"] = code });
        return new GraphQLSyntaxException(error);
    }

    private GraphQLSyntaxException Error(int position, string description) => SyntaxError(_body, position, description);

    private Token Create(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private Token ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!': return Create(TokenKind.Bang, position, position + 1);
                case '$': return Create(TokenKind.Dollar, position, position + 1);
                case '&': return Create(TokenKind.Amp, position, position + 1);
                case '(': return Create(TokenKind.ParenLeft, position, position + 1);
                case ')': return Create(TokenKind.ParenRight, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Create(TokenKind.Spread, position, position + 3);
                    }

                    if (CharAt(position + 1) == '.')
                    {
                        throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    }

                    if (IsDigit(CharAt(position + 1)))
                    {
                        var digits = body[(position + 1)..ReadDigits(position + 1, CharAt(position + 1))];
                        throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
                    }

                    break;
                case ':': return Create(TokenKind.Colon, position, position + 1);
                case '=': return Create(TokenKind.EqualsSign, position, position + 1);
                case '@': return Create(TokenKind.At, position, position + 1);
                case '[': return Create(TokenKind.BracketLeft, position, position + 1);
                case ']': return Create(TokenKind.BracketRight, position, position + 1);
                case '{': return Create(TokenKind.BraceLeft, position, position + 1);
                case '|': return Create(TokenKind.Pipe, position, position + 1);
                case '}': return Create(TokenKind.BraceRight, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : SourceCharacterLength(position) > 0
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return Create(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            var length = SourceCharacterLength(position);
            if (length == 0)
            {
                break;
            }

            position += length;
        }

        return Create(TokenKind.Comment, start, position, _body[(start + 1)..position]);
    }

    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }

        return Create(TokenKind.Name, start, position, _body[start..position]);
    }

    private string Slice(int position, int length) => _body.Substring(position, Math.Min(length, _body.Length - position));

    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        var code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The UTF-16 length of the source character at <paramref name="position"/>: 1 for a scalar value, 2 for a
    /// surrogate pair, 0 for a lone surrogate (not a SourceCharacter).
    /// </summary>
    private int SourceCharacterLength(int position) =>
        IsUnicodeScalarValue(_body[position]) ? 1 : IsSupplementaryCodePoint(position) ? 2 : 0;

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsNameStart(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
