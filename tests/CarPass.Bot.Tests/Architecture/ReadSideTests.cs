using System.Reflection;
using CarPass.Bot.Conversations;
using CarPass.Bot.Updates;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Architecture;

/// <summary>
/// The bot parses, calls a use case or a reader, and renders: queries live in CarPass.Data. Only the
/// update loop's own bookkeeping works on the database directly.
/// </summary>
public sealed class ReadSideTests
{
    /// <summary>The loop: the types allowed a DbContext, each for a reason of its own.</summary>
    private static readonly Dictionary<Type, string> Loop = new()
    {
        [typeof(UpdateProcessor)] =
            "owns the update's transaction: begins it, checks the update_id and records it in the same commit",
        [typeof(ConversationStore)] = "the conversation's state is written inside that same transaction",
    };

    private static readonly Assembly Bot = typeof(UpdateProcessor).Assembly;

    [Fact]
    public void No_bot_type_outside_the_loop_takes_a_DbContext()
    {
        var offenders = BotTypes()
            .Where(t => !Loop.ContainsKey(t))
            .Where(t =>
                t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .SelectMany(c => c.GetParameters())
                    .Any(p => typeof(DbContext).IsAssignableFrom(p.ParameterType))
            )
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_bot_code_outside_the_loop_calls_Entity_Framework()
    {
        var offenders = BotTypes()
            .Where(t => !Loop.ContainsKey(Outermost(t)))
            .SelectMany(t =>
                MethodCalls
                    .InType(t)
                    .Where(x => IsEntityFramework(x.Call))
                    .Select(x => $"{t.FullName}.{x.Method.Name} → {x.Call.DeclaringType?.Name}.{x.Call.Name}")
            )
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_loop_is_still_where_the_transaction_is()
    {
        Assert.All(
            Loop.Keys,
            t =>
                Assert.Contains(
                    t.GetConstructors().Single().GetParameters(),
                    p => typeof(DbContext).IsAssignableFrom(p.ParameterType)
                )
        );
    }

    private static IEnumerable<Type> BotTypes() => Bot.GetTypes();

    private static Type Outermost(Type t) => t.DeclaringType is { } outer ? Outermost(outer) : t;

    private static bool IsEntityFramework(MemberInfo member) =>
        member
            .DeclaringType?.Assembly.GetName()
            .Name?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true
        || member is MethodInfo { IsGenericMethod: true } generic
            && generic.GetGenericArguments().Any(a => typeof(DbContext).IsAssignableFrom(a));
}
