using System.Text.Json;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Tests.Support;

namespace MemberInsights.GraphQL.Tests.Language;

/// <summary>The printer against graphql-js <c>print(parse(doc))</c> for the same documents.</summary>
public sealed class PrinterTests
{
    private const string KitchenSinkQuery = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        query teeny { unnamed(truthy: true, falsy: false, nullish: null), query }

        { __typename }
        """";

    private const string KitchenSinkSchema = """"
        """This is a description
        of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
          eight(argument: OneOfInputType): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed =
          | Story
          | Article
          | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = | A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP

          """This is a description of the `MOBILE` value"""
          MOBILE

          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input OneOfInputType @oneOf {
          string: String
          int: Int
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """This is a description of the `@skip` directive"""
        directive @skip(
          """This is a description of the `if` argument"""
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include(if: Boolean!)
          on FIELD
           | FRAGMENT_SPREAD
           | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on
          | OBJECT
          | INTERFACE

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";

    public static TheoryData<string> Documents => new()
    {
        KitchenSinkQuery,
        KitchenSinkSchema,
        "query Q($a: [[Int!]!] = [[1, 2], [3]], $b: In = {a: {b: {c: [1.5e3, -0, \"x\"]}}}) { a(b: $b) }",
        "{ veryLongFieldNameNumberOne(argumentNumberOne: \"some long string value\", argumentNumberTwo: 12345678) { id } }",
        "{ a(list: [\"aaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccccc\", \"dddd\"]) }",
        "{ a(obj: {first: \"aaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbbb\", third: \"cccccccccc\"}) }",
        "{ a(s: \"tab\\there \\\"quoted\\\" back\\\\slash \\u00e9 \\u{1F600} \\uD83D\\uDE00 nul\\u0000\") }",
        "{ a(s: \"\"\"  leading space\"\"\", t: \"\"\"trailing quote\"\"\", u: \"\"\"\n    first\n      second\n    third\n  \"\"\") }",
        "\"op description\" query Q(\"var description\" $a: Int) { a }",
        "fragment F on T { a } query { ...F a(x: {}) b {} }",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Print_equals_graphql_js_print(string document)
    {
        var expected = GraphQLJs.Run(
            "const g=require('graphql');let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(g.print(g.parse(s))));",
            document);

        var printed = Printer.Print(Parser.Parse(document));

        Assert.Equal(expected, printed);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Printed_documents_parse_back_to_the_same_text(string document)
    {
        var printed = Printer.Print(Parser.Parse(document));

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Decoded_string_values_equal_graphql_js()
    {
        const string document = """"
            {
              a(s: "esc \" \\ \/ \b \f \n \r \t \u0041 \u{1F600} \uD83D\uDE00 é 日本")
              b(s: """
                  indented
                    more
                  back

                """)
              c(s: """escaped \""" triple""")
              d(s: """

                  only blank around

              """)
            }
            """";
        var expected = GraphQLJs.Run(
            "const g=require('graphql');let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(JSON.stringify(g.parse(s).definitions[0].selectionSet.selections.map(f=>f.arguments[0].value.value))));",
            document);

        var fields = ((MemberInsights.GraphQL.Language.Ast.OperationDefinitionNode)Parser.Parse(document).Definitions[0]).SelectionSet.Selections;
        var values = fields.Select(f => ((MemberInsights.GraphQL.Language.Ast.StringValueNode)((MemberInsights.GraphQL.Language.Ast.FieldNode)f).Arguments[0].Value).Value);

        Assert.Equal(JsonSerializer.Deserialize<string[]>(expected), values);
    }
}
