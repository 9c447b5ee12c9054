namespace MemberInsights.GraphQL.Types;

/// <summary>
/// Input object circular references (spec 3.10): an input object must admit a finite value. Building
/// one needs every non-null input-object field (a @oneOf input needs just one of its fields, and any
/// non-input-object field ends the recursion). Objects that can be finitely built are found by
/// propagating from those that need nothing; each cycle among the others is reported once, with
/// graphql-js 17's message.
/// </summary>
internal static class InputObjectFiniteValues
{
    public static void Check(IEnumerable<InputObjectType> inputs, List<string> errors)
    {
        var states = new Dictionary<InputObjectType, State>();
        foreach (var input in inputs)
        {
            states[input] = new State(input);
        }

        var finite = new Stack<State>();
        foreach (var state in states.Values)
        {
            var input = state.Input;
            foreach (var field in input.Fields)
            {
                if (TargetOf(input, field.Type) is not { } target)
                {
                    continue;
                }

                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }

            if (input.IsOneOf ? input.Fields.Count == 0 || state.Targets.Count < input.Fields.Count : state.Targets.Count == 0)
            {
                MarkFinite(state, finite);
            }

            state.UnresolvedTargets = state.Targets.Count;
        }

        while (finite.TryPop(out var next))
        {
            foreach (var dependent in next.Dependents)
            {
                if (!dependent.HasFiniteValue && (dependent.Input.IsOneOf || --dependent.UnresolvedTargets == 0))
                {
                    MarkFinite(dependent, finite);
                }
            }
        }

        new CycleReport(states, errors).ReportAll();
    }

    private static InputObjectType? TargetOf(InputObjectType input, IType fieldType) => input.IsOneOf
        ? fieldType as InputObjectType
        : (fieldType as NonNullType)?.OfType as InputObjectType;

    private static void MarkFinite(State state, Stack<State> finite)
    {
        if (!state.HasFiniteValue)
        {
            state.HasFiniteValue = true;
            finite.Push(state);
        }
    }

    private sealed class State(InputObjectType input)
    {
        public InputObjectType Input { get; } = input;

        public List<(InputFieldDefinition Field, InputObjectType Target)> Targets { get; } = [];

        public List<State> Dependents { get; } = [];

        public int UnresolvedTargets { get; set; }

        public bool HasFiniteValue { get; set; }
    }

    private sealed class CycleReport(Dictionary<InputObjectType, State> states, List<string> errors)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<string> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = [];

        public void ReportAll()
        {
            foreach (var state in states.Values)
            {
                if (!state.HasFiniteValue)
                {
                    Report(state);
                }
            }
        }

        private void Report(State state)
        {
            if (!_visited.Add(state.Input))
            {
                return;
            }

            _pathIndex[state.Input] = _path.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                _path.Add($"{state.Input.Name}.{field.Name}");
                if (_pathIndex.TryGetValue(target, out var start))
                {
                    errors.Add($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", _path.Skip(start))}.");
                }
                else
                {
                    Report(targetState);
                }

                _path.RemoveAt(_path.Count - 1);
            }

            _pathIndex.Remove(state.Input);
        }
    }
}
