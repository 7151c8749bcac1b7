using System.Text.Json;
using DigestBot.X;
using YamlDotNet.RepresentationModel;

namespace DigestBot.Tests.Posts;

/// <summary>Every weighted-length case of twitter-text's conformance file, read from ../shared/reference at test time.</summary>
public sealed class TwitterTextConformanceTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(RepoPaths.Reference("twitter-text/validate.yml")))
        {
            yaml.Load(reader);
        }

        var tests = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["tests"];
        var data = new TheoryData<string, int, string>();
        foreach (var group in new[] { "WeightedTweetsCounterTest", "WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest" })
        {
            foreach (YamlMappingNode test in (YamlSequenceNode)tests[group])
            {
                var expected = (YamlMappingNode)test["expected"];
                data.Add(group, int.Parse(((YamlScalarNode)expected["weightedLength"]).Value!, System.Globalization.CultureInfo.InvariantCulture),
                    ((YamlScalarNode)test["text"]).Value!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Weighted_length_matches_twitter_text(string group, int weightedLength, string text)
    {
        // The plain counter cases predate emoji parsing (config v2); the others use today's config v3.
        var config = group == "WeightedTweetsCounterTest" ? XTextConfig.V2 : XTextConfig.V3;

        Assert.Equal(weightedLength, XWeightedLength.Count(text, config));
    }

    [Fact]
    public void Built_in_config_is_twitter_texts_config_v3()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Reference("twitter-text/config-v3.json")));
        var root = json.RootElement;
        var v3 = XTextConfig.V3;

        Assert.Equal(root.GetProperty("maxWeightedTweetLength").GetInt32(), v3.MaxWeightedTweetLength);
        Assert.Equal(root.GetProperty("scale").GetInt32(), v3.Scale);
        Assert.Equal(root.GetProperty("defaultWeight").GetInt32(), v3.DefaultWeight);
        Assert.Equal(root.GetProperty("transformedURLLength").GetInt32(), v3.TransformedUrlLength);
        Assert.Equal(root.GetProperty("emojiParsingEnabled").GetBoolean(), v3.EmojiParsingEnabled);
        Assert.Equal(
            root.GetProperty("ranges").EnumerateArray().Select(r => new XWeightRange(r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(), r.GetProperty("weight").GetInt32())),
            v3.Ranges);
    }
}
