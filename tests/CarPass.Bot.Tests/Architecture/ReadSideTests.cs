using System.Reflection;
using CarPass.Bot.Conversations;
using CarPass.Bot.Routing;
using CarPass.Bot.Updates;
using CarPass.Data.Persistence;
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
    public void No_bot_type_outside_the_loop_takes_or_keeps_a_DbContext()
    {
        var offenders = BotTypes().Where(t => !Loop.ContainsKey(Outermost(t))).SelectMany(DbContextUses).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_check_names_a_type_that_takes_a_DbContext_in_any_of_the_three_ways()
    {
        Assert.Equal(
            [
                $"{typeof(Smuggler).FullName} constructor parameter db",
                $"{typeof(Smuggler).FullName}.ReadAsync parameter context",
                $"{typeof(Smuggler).FullName} field _kept",
            ],
            DbContextUses(typeof(Smuggler))
        );
        Assert.Empty(DbContextUses(typeof(BotContext)));
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

    /// <summary>Each way a type gets hold of a DbContext: a constructor or method parameter, or a field.</summary>
    private static IEnumerable<string> DbContextUses(Type t)
    {
        const BindingFlags declared = Flags | BindingFlags.DeclaredOnly;
        var constructors = t.GetConstructors(declared)
            .SelectMany(c => c.GetParameters())
            .Where(p => IsDbContext(p.ParameterType))
            .Select(p => $"{t.FullName} constructor parameter {p.Name}");
        var methods = t.GetMethods(declared)
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Parameter: p)))
            .Where(x => IsDbContext(x.Parameter.ParameterType))
            .Select(x => $"{t.FullName}.{x.Method.Name} parameter {x.Parameter.Name}");
        var fields = t.GetFields(declared)
            .Where(f => IsDbContext(f.FieldType))
            .Select(f => $"{t.FullName} field {f.Name}");
        return constructors.Concat(methods).Concat(fields);
    }

    private static bool IsDbContext(Type type) => typeof(DbContext).IsAssignableFrom(type);

    private const BindingFlags Flags =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>A type that breaks the rule every way the check looks for, to show the check sees each.</summary>
    private sealed class Smuggler(CarPassDbContext db)
    {
        private readonly CarPassDbContext _kept = db;

        public Task<int> ReadAsync(CarPassDbContext context) => Task.FromResult(context == _kept ? 1 : 0);
    }

    private static Type Outermost(Type t) => t.DeclaringType is { } outer ? Outermost(outer) : t;

    private static bool IsEntityFramework(MemberInfo member) =>
        member
            .DeclaringType?.Assembly.GetName()
            .Name?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true
        || member is MethodInfo { IsGenericMethod: true } generic
            && generic.GetGenericArguments().Any(a => typeof(DbContext).IsAssignableFrom(a));
}
