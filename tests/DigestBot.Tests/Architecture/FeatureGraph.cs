using System.Reflection;

namespace DigestBot.Tests.Architecture;

/// <summary>
/// Which feature uses which: a feature is a namespace under DigestBot (DigestBot.Telegram; DigestBot.Digests.Parsing
/// belongs to Digests), and A uses B when a type of A uses a type of B.
/// </summary>
internal sealed class FeatureGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> uses)
{
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Uses => uses;

    public static FeatureGraph Read(Assembly assembly)
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (Feature(type) is not { } from)
            {
                continue;
            }

            var set = uses.TryGetValue(from, out var found) ? found : uses[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in TypeReferences.Of(type).Where(t => t.Assembly == assembly))
            {
                if (Feature(used) is { } to && to != from)
                {
                    set.Add(to);
                }
            }
        }

        return new FeatureGraph(uses.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value));
    }

    /// <summary>A cycle of features, first one repeated at the end (A → B → A), or null when there is none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        IReadOnlyList<string>? Visit(string feature)
        {
            if (path.IndexOf(feature) is var start and >= 0)
            {
                return [.. path[start..], feature];
            }

            if (!done.Add(feature))
            {
                return null;
            }

            path.Add(feature);
            foreach (var next in uses.GetValueOrDefault(feature) ?? new HashSet<string>())
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return uses.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    /// <summary>DigestBot.Telegram → Telegram; DigestBot.Digests.Parsing → Digests; the root (Program) → null.</summary>
    private static string? Feature(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("DigestBot.", StringComparison.Ordinal) ? ns.Split('.')[1] : null;
}
