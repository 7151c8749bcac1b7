using System.Reflection;
using System.Reflection.Emit;

namespace DigestBot.Tests.Architecture;

/// <summary>
/// The types a type uses, read from the compiled assembly: its signatures (base type, interfaces, fields, properties,
/// methods, constructors) and the tokens in its methods' IL (every call, field, type test and `new`), which is where a
/// local variable or a `new X()` inside a method shows. Nested types (lambdas, async state machines) count as their
/// declaring type's.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static TypeReferences()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            (value < 0x100 ? OneByte : TwoByte)[value & 0xff] = code;
        }
    }

    public static IEnumerable<Type> Of(Type type)
    {
        var used = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !used.Add(t))
            {
                return;
            }

            Add(t.HasElementType ? t.GetElementType() : null);
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        Add(type.BaseType);
        type.GetInterfaces().ToList().ForEach(Add);
        type.GetFields(Everything).ToList().ForEach(f => Add(f.FieldType));
        type.GetProperties(Everything).ToList().ForEach(p => Add(p.PropertyType));
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            Add((method as MethodInfo)?.ReturnType);
            method.GetParameters().ToList().ForEach(p => Add(p.ParameterType));
            foreach (var token in InBody(method))
            {
                Add(token);
            }
        }

        return used.Where(t => !t.IsGenericParameter).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t);
    }

    /// <summary>The types named by the tokens of a method's IL.</summary>
    private static IEnumerable<Type?> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? TwoByte[il[++at]] : OneByte[il[at]];
            at++;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                foreach (var type in Resolve(method, BitConverter.ToInt32(il, at)))
                {
                    yield return type;
                }
            }

            at += OperandSize(code, il, at);
        }
    }

    private static IEnumerable<Type?> Resolve(MethodBase method, int token)
    {
        MemberInfo? member;
        try
        {
            member = method.Module.ResolveMember(token, method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
        }
        catch (ArgumentException)
        {
            yield break;
        }

        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType;
                yield return (called as MethodInfo)?.ReturnType;
                foreach (var parameter in called.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                break;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
