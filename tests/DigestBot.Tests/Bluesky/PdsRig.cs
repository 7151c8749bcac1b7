using System.Text;
using System.Text.Json.Nodes;
using DigestBot.Bluesky;
using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Tests.Harness;

namespace DigestBot.Tests.Bluesky;

/// <summary>A bot with a fresh account on the test PDS, optionally behind a <see cref="PdsProxy"/>, and what the PDS holds.</summary>
internal static class PdsRig
{
    public const string Week = "2020-W43";

    public static async Task<(PdsAccount Account, PdsProxy Proxy)> WithBlueskyAsync(BotHarness bot)
    {
        var account = await BlueskyPds.CreateAccountAsync();
        var proxy = await PdsProxy.StartAsync(account.Url);
        foreach (var (key, value) in account.Settings(proxy.Url))
        {
            bot.ExtraSettings[key] = value;
        }

        return (account, proxy);
    }

    public static List<string> Expected(BotHarness bot, string week = Week)
    {
        var digest = DigestLookup.Find(DigestFolder.Load(bot.Digests).Select(p => p.Digest).ToList(), week)!;
        return WeekPlan.For(digest, new BlueskyFormat()).Select(p => p.Text).ToList();
    }

    public static string Text(JsonNode record) => record["value"]!["text"]!.ToString();

    /// <summary>The text a facet covers: the UTF-8 bytes of the post's text from byteStart to byteEnd.</summary>
    public static string Slice(JsonNode record, JsonNode facet)
    {
        var bytes = Encoding.UTF8.GetBytes(Text(record));
        var start = facet["index"]!["byteStart"]!.GetValue<int>();
        var end = facet["index"]!["byteEnd"]!.GetValue<int>();
        return Encoding.UTF8.GetString(bytes, start, end - start);
    }

    public static (string Uri, string Cid) Reply(JsonNode record, string which) =>
        (record["value"]!["reply"]![which]!["uri"]!.ToString(), record["value"]!["reply"]![which]!["cid"]!.ToString());
}
