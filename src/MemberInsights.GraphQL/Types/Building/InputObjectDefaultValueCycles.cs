using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>
/// Default values that can never be completed: an input field whose default leaves out a field whose
/// own default (through any number of steps) leads back to the first one. Found by following the
/// defaults of omitted input-object fields; each cycle is reported once with graphql-js 17's message.
/// </summary>
internal sealed class InputObjectDefaultValueCycles(List<string> errors)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public void Check(InputObjectType input) => FollowOmittedFields(input, provided: null);

    private void FollowLiteral(InputObjectType input, ValueNode literal)
    {
        switch (literal)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    FollowLiteral(input, item);
                }

                break;
            case ObjectValueNode value:
                FollowOmittedFields(input, value);
                break;
        }
    }

    private void FollowOmittedFields(InputObjectType input, ObjectValueNode? provided)
    {
        foreach (var field in input.Fields)
        {
            if (TypePredicates.NamedType(field.Type) is not InputObjectType fieldType)
            {
                continue;
            }

            if (provided?.Fields.FirstOrDefault(f => f.Name.Value == field.Name) is { } given)
            {
                FollowLiteral(fieldType, given.Value);
            }
            else
            {
                FollowDefault(field, fieldType, $"{input.Name}.{field.Name}");
            }
        }
    }

    private void FollowDefault(InputFieldDefinition field, InputObjectType fieldType, string coordinate)
    {
        if (field.DefaultValue is not { } literal)
        {
            return;
        }

        if (_pathIndex.TryGetValue(coordinate, out var start))
        {
            var via = start < _path.Count ? " via the default values of: " + string.Join(", ", _path.Skip(start)) : string.Empty;
            errors.Add($"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.");
            return;
        }

        if (_visited.Add(coordinate))
        {
            _path.Add(coordinate);
            _pathIndex[coordinate] = _path.Count;
            FollowLiteral(fieldType, literal);
            _path.RemoveAt(_path.Count - 1);
            _pathIndex.Remove(coordinate);
        }
    }
}
