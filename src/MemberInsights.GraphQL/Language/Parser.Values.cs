using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Language;

/// <summary>Values, directives, type references and the token helpers of the parser.</summary>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(_lexer.Token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        Advance();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        Expect(TokenKind.BracketLeft);
        Descend(start);
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.BracketRight))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        Expect(TokenKind.BraceLeft);
        Descend(start);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            var fieldStart = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(fieldStart) });
        }

        _depth--;
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = _lexer.Token;
            Expect(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Location = Loc(start) });
        }

        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            Descend(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            _depth--;
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private Location Loc(Token start) => _options.KeepLocations
        ? new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column)
        : default;

    private void Descend(Token at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Lexer.SyntaxError(_body, at.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.", ErrorCodes.LimitExceeded);
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }

        throw Error(token.Start, $"Expected {Token.KindDescription(kind)}, found {token.Describe()}.");
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value)
        {
            throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Advance()
    {
        var token = _lexer.Advance();
        if ((_tokenCount & 1023) == 1023)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Lexer.SyntaxError(_body, token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.", ErrorCodes.LimitExceeded);
        }
    }

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) => Lexer.SyntaxError(_body, position, description);
}
