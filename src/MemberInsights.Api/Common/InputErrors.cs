using FluentValidation;
using MemberInsights.GraphQL;

namespace MemberInsights.Api.Common;

/// <summary>
/// Bad input becomes a GraphQL error with <c>extensions.code = BAD_USER_INPUT</c> and
/// <c>extensions.argument</c> naming the offending argument (e.g. <c>range.to</c>); never a 500.
/// </summary>
public static class InputErrors
{
    /// <summary>An error about <paramref name="argument"/>.</summary>
    public static GraphQLException Invalid(string argument, string message) =>
        new(message, ErrorCodes.BadUserInput, new Dictionary<string, object?> { ["argument"] = argument });

    /// <summary>Validates <paramref name="value"/> of <paramref name="argument"/>; throws the first failure as a <c>BAD_USER_INPUT</c> error.</summary>
    public static T Validate<T>(IValidator<T> validator, T value, string argument)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = validator.Validate(value);
        if (!result.IsValid)
        {
            var failure = result.Errors[0];
            var property = string.IsNullOrEmpty(failure.PropertyName) ? "" : "." + char.ToLowerInvariant(failure.PropertyName[0]) + failure.PropertyName[1..];
            throw Invalid(argument + property.Split('[')[0], failure.ErrorMessage);
        }

        return value;
    }
}
