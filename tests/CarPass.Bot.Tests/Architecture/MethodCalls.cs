using System.Reflection;
using System.Reflection.Emit;

namespace CarPass.Bot.Tests.Architecture;

/// <summary>The methods and fields a method body uses, read from its IL (calls, field loads, delegates).</summary>
public static class MethodCalls
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags All =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>Every method and constructor a type declares itself, with what each one uses.</summary>
    public static IEnumerable<(MethodBase Method, MemberInfo Call)> InType(Type type) =>
        type.GetMethods(All)
            .Cast<MethodBase>()
            .Concat(type.GetConstructors(All))
            .Where(m => m.DeclaringType == type)
            .SelectMany(m => Of(m).Select(c => (m, c)));

    public static IEnumerable<MemberInfo> Of(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var generic = (
            method.DeclaringType?.GetGenericArguments() ?? [],
            method.IsGenericMethod ? method.GetGenericArguments() : []
        );
        for (var at = 0; at < il.Length; )
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var op = OpCodesByValue[value];
            at += op.Size;
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, at), generic);
                if (member is not null)
                    yield return member;
            }
            at += OperandSize(op.OperandType, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, (Type[] Type, Type[] Method) generic)
    {
        try
        {
            return module.ResolveMember(token, generic.Type, generic.Method);
        }
        catch (ArgumentException)
        {
            return null; // a token of a generic context this reading cannot supply
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) =>
        type switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
            _ => 4,
        };
}
