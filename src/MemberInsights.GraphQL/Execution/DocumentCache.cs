using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution;

/// <summary>A parsed and validated document with what execution derives from it once (fragments, field plans).</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(string hash, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        Hash = hash;
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
    }

    /// <summary>The SHA-256 of the document text (lowercase hex), or empty for pre-parsed documents.</summary>
    public string Hash { get; }

    /// <summary>The parsed document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The validation errors (empty when valid).</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    internal IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    internal ConcurrentDictionary<(ObjectType, object), FieldPlan> Plans { get; } = new();

    /// <summary>The estimated costs of operations that declare no variables (their cost is the same for every request).</summary>
    internal ConcurrentDictionary<OperationDefinitionNode, long> Costs { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>A bounded LRU cache of prepared documents keyed by the SHA-256 of their text.</summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<PreparedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedDocument> _recency = new();
    private long _hits;
    private long _misses;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents (0 disables it).</summary>
    public DocumentCache(int capacity) => _capacity = Math.Max(0, capacity);

    /// <summary>Lookups that found a document.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that did not.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The number of cached documents.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The lowercase hex SHA-256 of a document text (the persisted-operation id format).</summary>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var buffer = byteCount <= 4096 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Finds a document by hash, marking it most recently used.</summary>
    public bool TryGet(string hash, out PreparedDocument? document)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value;
                _hits++;
                return true;
            }

            _misses++;
            document = null;
            return false;
        }
    }

    /// <summary>Adds a document, evicting the least recently used one when full.</summary>
    public void Add(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_capacity == 0)
        {
            return;
        }

        lock (_entries)
        {
            if (_entries.ContainsKey(document.Hash))
            {
                return;
            }

            if (_entries.Count >= _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }

            _entries[document.Hash] = _recency.AddFirst(document);
        }
    }
}
