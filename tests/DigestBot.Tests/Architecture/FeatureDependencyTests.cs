using DigestBot.Telegram;

namespace DigestBot.Tests.Architecture;

/// <summary>The features (one namespace each) depend on each other in one direction only: no cycle, however long.</summary>
public sealed class FeatureDependencyTests
{
    private static readonly FeatureGraph Bot = FeatureGraph.Read(typeof(TelegramOutbox).Assembly);

    [Fact]
    public void No_feature_depends_on_itself_through_other_features()
    {
        var cycle = Bot.FindCycle();

        Assert.True(cycle is null, $"features in a cycle: {string.Join(" → ", cycle ?? [])}\n{Describe()}");
    }

    [Fact]
    public void The_graph_holds_uses_seen_only_inside_method_bodies()
    {
        // SubscriberDelivery makes a SubscriberChannel and hands it to the Publisher; Telegram's channel implements
        // Publishing's IChannel; the weekly job sends to Publishing's IWeekAudience; /week asks Scheduling's calendar.
        Assert.Contains("Publishing", Bot.Uses["Subscribers"]);
        Assert.Contains("Telegram", Bot.Uses["Subscribers"]);
        Assert.Contains("Publishing", Bot.Uses["Telegram"]);
        Assert.Contains("Scheduling", Bot.Uses["Commands"]);
        Assert.DoesNotContain("Subscribers", Bot.Uses["Scheduling"]);
        Assert.DoesNotContain("Telegram", Bot.Uses["Commands"]);
    }

    [Fact]
    public void A_cycle_through_three_features_is_found()
    {
        var graph = new FeatureGraph(new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" },
            ["B"] = new HashSet<string> { "C", "D" },
            ["C"] = new HashSet<string> { "A" },
            ["D"] = new HashSet<string>(),
        });

        Assert.Equal(["A", "B", "C", "A"], graph.FindCycle());
        Assert.Null(new FeatureGraph(new Dictionary<string, IReadOnlySet<string>> { ["A"] = new HashSet<string> { "B" } }).FindCycle());
    }

    private static string Describe() =>
        string.Join("\n", Bot.Uses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} uses {string.Join(", ", p.Value.Order(StringComparer.Ordinal))}"));
}
