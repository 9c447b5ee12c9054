using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Language;

/// <summary>The type-system (SDL) half of the parser: definitions and extensions.</summary>
public sealed partial class Parser
{
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        return new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = ParseDirectives(isConst: true), Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces ?? [],
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces ?? [],
            Directives = directives,
            Fields = fields ?? [],
            Location = Loc(start),
        };
    }

    private List<NamedTypeNode>? ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : null;

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments ?? [],
            Type = type,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = Loc(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types ?? [], Location = Loc(start) };
    }

    private List<NamedTypeNode>? ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : null;

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values ?? [], Location = Loc(start) };
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        if (_lexer.Token.Value is "true" or "false" or "null")
        {
            throw Error(_lexer.Token.Start, $"{_lexer.Token.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = ParseDirectives(isConst: true), Location = Loc(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields ?? [], Location = Loc(start) };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);
        var directives = ParseDirectives(isConst: true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments ?? [],
            Directives = directives,
            Repeatable = repeatable,
            Locations = locations,
            Location = Loc(start),
        };
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return Types.DirectiveLocations.TryParse(name.Value, out _) ? name : throw Unexpected(start);
    }

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar" or "type" or "interface" or "union" or "enum" or "input": return ParseTypeExtension(keyword.Value);
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        if (directives.Count == 0 && operationTypes is null)
        {
            throw Unexpected(_lexer.Token);
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes ?? [], Location = Loc(start) };
    }

    private TypeExtensionNode ParseTypeExtension(string keyword)
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = keyword is "type" or "interface" ? ParseImplementsInterfaces() : null;
        var directives = ParseDirectives(isConst: true);
        TypeExtensionNode? node = keyword switch
        {
            "scalar" => directives.Count == 0 ? null : new ScalarTypeExtensionNode { Name = name, Directives = directives },
            "type" or "interface" => OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight) is var fields
                && (interfaces is not null || directives.Count > 0 || fields is not null)
                    ? keyword == "type"
                        ? new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces ?? [], Directives = directives, Fields = fields ?? [] }
                        : new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces ?? [], Directives = directives, Fields = fields ?? [] }
                    : null,
            "union" => ParseUnionMemberTypes() is var types && (directives.Count > 0 || types is not null)
                ? new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types ?? [] }
                : null,
            "enum" => OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight) is var values
                && (directives.Count > 0 || values is not null)
                    ? new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values ?? [] }
                    : null,
            _ => OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight) is var inputFields
                && (directives.Count > 0 || inputFields is not null)
                    ? new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = inputFields ?? [] }
                    : null,
        };
        return node is null ? throw Unexpected(_lexer.Token) : WithLocation(node, start);
    }

    private TypeExtensionNode WithLocation(TypeExtensionNode node, Token start) => node switch
    {
        ScalarTypeExtensionNode n => new ScalarTypeExtensionNode { Name = n.Name, Directives = n.Directives, Location = Loc(start) },
        ObjectTypeExtensionNode n => new ObjectTypeExtensionNode { Name = n.Name, Interfaces = n.Interfaces, Directives = n.Directives, Fields = n.Fields, Location = Loc(start) },
        InterfaceTypeExtensionNode n => new InterfaceTypeExtensionNode { Name = n.Name, Interfaces = n.Interfaces, Directives = n.Directives, Fields = n.Fields, Location = Loc(start) },
        UnionTypeExtensionNode n => new UnionTypeExtensionNode { Name = n.Name, Directives = n.Directives, Types = n.Types, Location = Loc(start) },
        EnumTypeExtensionNode n => new EnumTypeExtensionNode { Name = n.Name, Directives = n.Directives, Values = n.Values, Location = Loc(start) },
        InputObjectTypeExtensionNode n => new InputObjectTypeExtensionNode { Name = n.Name, Directives = n.Directives, Fields = n.Fields, Location = Loc(start) },
        _ => node,
    };

    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (!ExpectOptional(close));

        return nodes;
    }

    private List<T>? OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) =>
        Peek(open) ? Many(open, parse, close) : null;

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptional(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (ExpectOptional(delimiter));

        return nodes;
    }
}
