using CarPass.Domain.Common;

namespace CarPass.Domain.Tests.Common;

/// <summary>
/// Warnings are errors: these compile only because a check of <see cref="Outcome{T}.IsSuccess"/>
/// tells the compiler which side is set, so callers need no null-forgiving operator.
/// </summary>
public sealed class OutcomeTests
{
    [Fact]
    public void After_a_successful_check_the_value_is_known_to_be_there()
    {
        Outcome<string> outcome = "WVWZZZ1JZXW000001";

        var length = outcome.IsSuccess ? outcome.Value.Length : -1;

        Assert.Equal(17, length);
    }

    [Fact]
    public void After_a_failed_check_the_error_is_known_to_be_there()
    {
        Outcome<string> outcome = new DomainError(ErrorCodes.VehicleNotFound);

        var code = outcome.IsSuccess ? null : outcome.Error.Code;

        Assert.Equal(ErrorCodes.VehicleNotFound, code);
    }
}
