using System.Text.Json;

namespace DigestBot.Tests.Cli;

public sealed class PreviewCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.RunAsync([$"--Digests:Path={RepoPaths.SampleDigests}", .. args], output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_preview_has_the_documented_names_and_one_header_and_a_post_per_paper_per_channel()
    {
        var (exit, json, _) = Run("preview", "--week", "2020-W43", "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(json);
        var posts = doc.RootElement.GetProperty("posts").EnumerateArray().ToList();
        Assert.Equal(4 * (1 + 4), posts.Count);
        Assert.Equal(["channel", "week", "kind", "text", "url", "length", "limit"], posts[0].EnumerateObject().Select(p => p.Name));
        Assert.All(posts, p => Assert.True(p.GetProperty("length").GetInt32() <= p.GetProperty("limit").GetInt32()));
        var telegramPaper = posts.First(p => p.GetProperty("channel").GetString() == "telegram" && p.GetProperty("kind").GetString() == "paper");
        Assert.Equal("https://arxiv.org/abs/2010.01412", telegramPaper.GetProperty("url").GetString());
        Assert.StartsWith("<b>", telegramPaper.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2020-W43", telegramPaper.GetProperty("week").GetString());
    }

    [Theory]
    [InlineData("2020-W43")]
    [InlineData("2020-43")]
    [InlineData("43")]
    public void Week_can_be_written_in_several_ways(string week)
    {
        var (exit, text, _) = Run("preview", "--week", week, "--channel", "x");

        Assert.Equal(0, exit);
        Assert.StartsWith("── x · header", text, StringComparison.Ordinal);
        Assert.Contains("ML News 2020-W43 · 4 papers", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issues_and_months_are_found_in_the_corpus()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = $"--Digests:Path={RepoPaths.Corpus}";

        Assert.Equal(0, await Program.RunAsync([settings, "preview", "--week", "#29", "--channel", "mastodon"], output, error));
        Assert.Contains("ML News #29 · 8 papers", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Program.RunAsync([settings, "preview", "--week", "2020-09", "--channel", "bluesky"], output, error));
        Assert.Contains("ML News 2020-09 · 12 papers", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Program.RunAsync([settings, "preview", "--week", "2021-W23", "--channel", "x"], output, error));
        Assert.Contains("ML News #18 (2021-W23)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_week_says_which_weeks_exist()
    {
        var (exit, _, error) = Run("preview", "--week", "99");

        Assert.Equal(2, exit);
        Assert.Equal("digestbot preview: there is no digest for \"99\"; there are: 2020-W43, 2020-W44, 2020-W45", error.Trim());
    }

    [Fact]
    public void Unknown_channel_is_named()
    {
        var (exit, _, error) = Run("preview", "--week", "43", "--channel", "myspace");

        Assert.Equal(2, exit);
        Assert.Contains("unknown channel \"myspace\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_x_preview_shows_the_thread()
    {
        var (exit, text, _) = Run("preview", "--week", "2020-W43", "--channel", "x");

        Assert.Equal(0, exit);
        Assert.Contains("── x · header · 72/280 · thread 1/5 ──", text, StringComparison.Ordinal);
        Assert.Contains(" · thread 5/5, replies to 4 ──", text, StringComparison.Ordinal);
    }
}
