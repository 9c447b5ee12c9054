using System.Text;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Language;

/// <summary>
/// The GraphQL parser (spec section 2 grammar, executable and type-system documents), a port of
/// graphql-js's recursive descent with its exact syntax errors. Size, token and depth limits are
/// enforced while parsing so hostile documents fail fast.
/// </summary>
public sealed partial class Parser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Lexer _lexer;
    private readonly string _body;
    private readonly ParserOptions _options;
    private readonly CancellationToken _cancellationToken;
    private int _tokenCount;
    private int _depth;

    private Parser(string body, ParserOptions options, CancellationToken cancellationToken = default)
    {
        _body = body;
        _options = options;
        _cancellationToken = cancellationToken;
        _lexer = new Lexer(body);
    }

    /// <summary>Parses a document. Throws <see cref="GraphQLSyntaxException"/> on invalid syntax or a broken limit.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(text, options, CancellationToken.None);

    /// <summary>
    /// Parses a document, checking <paramref name="cancellationToken"/> as it goes (it throws
    /// <see cref="OperationCanceledException"/> when cancelled).
    /// </summary>
    public static DocumentNode Parse(string text, ParserOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        if ((long)text.Length > options.MaxDocumentBytes && Encoding.UTF8.GetByteCount(text) > options.MaxDocumentBytes)
        {
            throw TooLarge(options);
        }

        return new Parser(text, options, cancellationToken).ParseDocument();
    }

    /// <summary>Parses a UTF-8 encoded document (invalid UTF-8 is a syntax error).</summary>
    public static DocumentNode Parse(ReadOnlyMemory<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(utf8.Span);
        }
        catch (DecoderFallbackException)
        {
            throw Lexer.SyntaxError(string.Empty, 0, "Document is not valid UTF-8.");
        }

        return new Parser(text, options).ParseDocument();
    }

    /// <summary>Parses a single value literal, e.g. <c>{ a: [1, $v] }</c>.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(text, options ?? ParserOptions.Default);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(text, options ?? ParserOptions.Default);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private static GraphQLSyntaxException TooLarge(ParserOptions options) =>
        Lexer.SyntaxError(string.Empty, 0, $"Document exceeds the maximum size of {options.MaxDocumentBytes} bytes.", ErrorCodes.LimitExceeded);

    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        Expect(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode { Definitions = definitions, Location = Loc(start), TokenCount = _tokenCount };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw Error(_lexer.Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceLeft))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = selectionSet, Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        var definitions = new List<VariableDefinitionNode>();
        do
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            var variable = ParseVariable();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            definitions.Add(new VariableDefinitionNode
            {
                Description = description,
                Variable = variable,
                Type = type,
                DefaultValue = defaultValue,
                Directives = directives,
                Location = Loc(start),
            });
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return definitions;
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        Expect(TokenKind.BraceLeft);
        Descend(start);
        var selections = new List<SelectionNode>();
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }

        _depth--;
        return new SelectionSetNode { Selections = selections, Location = Loc(start) };
    }

    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            var start = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            arguments.Add(new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return arguments;
    }

    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode { Name = name, Directives = ParseDirectives(isConst: false), Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName() => _lexer.Token.Value == "on" ? throw Unexpected(_lexer.Token) : ParseName();
}
