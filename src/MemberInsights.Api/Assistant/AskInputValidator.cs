using FluentValidation;

namespace MemberInsights.Api.Assistant;

/// <summary>A question must have words and at most <see cref="GovernedAssistant.MaxQuestionLength"/> characters.</summary>
public sealed class AskInputValidator : AbstractValidator<AskInput>
{
    /// <summary>Creates the validator.</summary>
    public AskInputValidator()
    {
        RuleFor(i => i.Question)
            .Must(q => !string.IsNullOrWhiteSpace(q)).WithMessage("The question is empty; ask e.g. 'How did recovery trend over the last 30 days?'.")
            .MaximumLength(GovernedAssistant.MaxQuestionLength)
            .WithMessage(i => $"The question has {i.Question!.Length} characters; at most {GovernedAssistant.MaxQuestionLength} are allowed.");
    }
}
