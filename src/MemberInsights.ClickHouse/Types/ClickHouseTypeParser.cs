using System.Globalization;
using System.Text;

namespace MemberInsights.ClickHouse.Types;

/// <summary>Recursive-descent parser for ClickHouse type names.</summary>
internal sealed class ClickHouseTypeParser
{
    private readonly string _text;
    private int _position;

    private ClickHouseTypeParser(string text) => _text = text;

    public static ClickHouseType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ClickHouseTypeParser(text);
        var type = parser.ParseType();
        parser.SkipSpaces();
        if (parser._position != text.Length)
        {
            throw parser.Error("unexpected text after the type");
        }

        return type;
    }

    private ClickHouseType ParseType()
    {
        SkipSpaces();
        var start = _position;
        var name = ReadIdentifier();
        return ParseTypeNamed(name, start);
    }

    private ClickHouseType ParseTypeNamed(string name, int start)
    {
        SkipSpaces();
        var hasArguments = Peek() == '(';
        ClickHouseType type = name switch
        {
            "Nullable" or "LowCardinality" or "Array" => Wrapper(name, start),
            "Map" => Composite(ClickHouseTypeKind.Map, start, 2),
            "Tuple" => ParseTuple(start),
            "Decimal" or "Numeric" => ParseDecimal(start, precision: null),
            "Decimal32" => ParseDecimal(start, 9),
            "Decimal64" => ParseDecimal(start, 18),
            "Decimal128" => ParseDecimal(start, 38),
            "Decimal256" => ParseDecimal(start, 76),
            "FixedString" => ParseFixedString(start),
            "DateTime" => ParseDateTime(start),
            "DateTime64" => ParseDateTime64(start),
            "Enum8" => ParseEnum(ClickHouseTypeKind.Enum8, start),
            "Enum16" => ParseEnum(ClickHouseTypeKind.Enum16, start),
            "SimpleAggregateFunction" => ParseSimpleAggregate(),
            _ when !hasArguments => Simple(name, start),
            _ => throw Error($"unsupported type '{name}'"),
        };
        return type;
    }

    private ClickHouseType Simple(string name, int start)
    {
        var kind = name switch
        {
            "Int8" or "TINYINT" => ClickHouseTypeKind.Int8,
            "Int16" or "SMALLINT" => ClickHouseTypeKind.Int16,
            "Int32" or "INT" => ClickHouseTypeKind.Int32,
            "Int64" or "BIGINT" => ClickHouseTypeKind.Int64,
            "Int128" => ClickHouseTypeKind.Int128,
            "Int256" => ClickHouseTypeKind.Int256,
            "UInt8" => ClickHouseTypeKind.UInt8,
            "UInt16" => ClickHouseTypeKind.UInt16,
            "UInt32" => ClickHouseTypeKind.UInt32,
            "UInt64" => ClickHouseTypeKind.UInt64,
            "UInt128" => ClickHouseTypeKind.UInt128,
            "UInt256" => ClickHouseTypeKind.UInt256,
            "Float32" or "FLOAT" => ClickHouseTypeKind.Float32,
            "Float64" or "DOUBLE" => ClickHouseTypeKind.Float64,
            "BFloat16" => ClickHouseTypeKind.BFloat16,
            "Bool" or "Boolean" => ClickHouseTypeKind.Bool,
            "String" => ClickHouseTypeKind.String,
            "Date" => ClickHouseTypeKind.Date,
            "Date32" => ClickHouseTypeKind.Date32,
            "UUID" => ClickHouseTypeKind.Uuid,
            "IPv4" => ClickHouseTypeKind.IPv4,
            "IPv6" => ClickHouseTypeKind.IPv6,
            "Nothing" => ClickHouseTypeKind.Nothing,
            _ => throw Error($"unsupported type '{name}'"),
        };
        return new ClickHouseType(kind, Slice(start));
    }

    private ClickHouseType Wrapper(string name, int start)
    {
        var kind = name switch
        {
            "Nullable" => ClickHouseTypeKind.Nullable,
            "LowCardinality" => ClickHouseTypeKind.LowCardinality,
            _ => ClickHouseTypeKind.Array,
        };
        return Composite(kind, start, 1);
    }

    private ClickHouseType Composite(ClickHouseTypeKind kind, int start, int count)
    {
        Expect('(');
        var arguments = new List<ClickHouseType>(count);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                Expect(',');
            }

            arguments.Add(ParseType());
        }

        Expect(')');
        return new ClickHouseType(kind, Slice(start)) { Arguments = arguments };
    }

    private ClickHouseType ParseTuple(int start)
    {
        Expect('(');
        var elements = new List<ClickHouseType>();
        var names = new List<string?>();
        do
        {
            SkipSpaces();
            var elementStart = _position;
            var first = ReadIdentifier();
            SkipSpaces();
            if (Peek() is ',' or ')' or '(')
            {
                names.Add(null);
                elements.Add(ParseTypeNamed(first, elementStart));
            }
            else
            {
                names.Add(first);
                elements.Add(ParseType());
            }

            SkipSpaces();
        }
        while (TryConsume(','));

        Expect(')');
        return new ClickHouseType(ClickHouseTypeKind.Tuple, Slice(start)) { Arguments = elements, ElementNames = names };
    }

    private ClickHouseType ParseDecimal(int start, int? precision)
    {
        Expect('(');
        int p, s;
        if (precision is { } fixedPrecision)
        {
            p = fixedPrecision;
            s = ReadInt();
        }
        else
        {
            p = ReadInt();
            s = TryConsume(',') ? ReadInt() : 0;
        }

        Expect(')');
        if (p is < 1 or > 76 || s < 0 || s > p)
        {
            throw Error($"invalid Decimal precision {p} or scale {s}");
        }

        return new ClickHouseType(ClickHouseTypeKind.Decimal, Slice(start)) { Precision = p, Scale = s };
    }

    private ClickHouseType ParseFixedString(int start)
    {
        Expect('(');
        var length = ReadInt();
        Expect(')');
        return new ClickHouseType(ClickHouseTypeKind.FixedString, Slice(start)) { Length = length };
    }

    private ClickHouseType ParseDateTime(int start)
    {
        string? zone = null;
        if (TryConsume('('))
        {
            zone = ReadQuoted();
            Expect(')');
        }

        return new ClickHouseType(ClickHouseTypeKind.DateTime, Slice(start)) { TimeZone = zone };
    }

    private ClickHouseType ParseDateTime64(int start)
    {
        Expect('(');
        var precision = ReadInt();
        var zone = TryConsume(',') ? ReadQuoted() : null;
        Expect(')');
        if (precision is < 0 or > 9)
        {
            throw Error($"invalid DateTime64 precision {precision}");
        }

        return new ClickHouseType(ClickHouseTypeKind.DateTime64, Slice(start)) { Precision = precision, TimeZone = zone };
    }

    private ClickHouseType ParseEnum(ClickHouseTypeKind kind, int start)
    {
        Expect('(');
        var names = new Dictionary<int, string>();
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        do
        {
            var name = ReadQuoted();
            Expect('=');
            var value = ReadInt();
            names[value] = name;
            values[name] = value;
        }
        while (TryConsume(','));

        Expect(')');
        return new ClickHouseType(kind, Slice(start)) { EnumNames = names, EnumValues = values };
    }

    // SimpleAggregateFunction(f, T) has the row format of T; the function (which may have parameters) is skipped.
    private ClickHouseType ParseSimpleAggregate()
    {
        Expect('(');
        var depth = 0;
        while (_position < _text.Length && !(depth == 0 && _text[_position] == ','))
        {
            depth += _text[_position] switch { '(' => 1, ')' => -1, _ => 0 };
            _position++;
        }

        Expect(',');
        var inner = ParseType();
        Expect(')');
        return inner;
    }

    private string ReadIdentifier()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        if (start == _position)
        {
            throw Error("expected a type name");
        }

        return _text[start.._position];
    }

    private int ReadInt()
    {
        SkipSpaces();
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        if (!int.TryParse(_text.AsSpan(start, _position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("expected a number");
        }

        return value;
    }

    private string ReadQuoted()
    {
        Expect('\'');
        var builder = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '\'')
        {
            if (_text[_position] == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            builder.Append(_text[_position++]);
        }

        Expect('\'');
        return builder.ToString();
    }

    private void Expect(char expected)
    {
        SkipSpaces();
        if (Peek() != expected)
        {
            throw Error($"expected '{expected}'");
        }

        _position++;
    }

    private bool TryConsume(char expected)
    {
        SkipSpaces();
        if (Peek() != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private string Slice(int start) => _text[start.._position].Trim();

    private FormatException Error(string problem) =>
        new($"Cannot parse ClickHouse type '{_text}': {problem} at position {_position}.");
}
