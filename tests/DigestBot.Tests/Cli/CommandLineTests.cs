using System.Text.Json;
using DigestBot.Cli;

namespace DigestBot.Tests.Cli;

/// <summary>The digestbot command line, run in-process with captured output.</summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => RunWith(null, args);

    private static (int Exit, string Out, string Err) RunWith(string? digestsSetting, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] line = digestsSetting is null ? args : [$"--Digests:Path={digestsSetting}", .. args];
        var exit = Program.RunAsync(line, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Digests_folder_defaults_to_the_Digests_Path_setting()
    {
        var (exit, text, _) = RunWith(RepoPaths.SampleDigests, "weeks");

        Assert.Equal(0, exit);
        Assert.StartsWith("2020-W43", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_settings_hold_the_default_digests_folder_and_no_secrets()
    {
        var settings = File.ReadAllText(Path.Combine(RepoPaths.Root, "bot.settings.json"));

        Assert.Equal("digests", BotSettings.DigestsPath(BotSettings.Load()));
        Assert.DoesNotContain("Token", settings, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_prints_exactly_the_documented_json_names_with_nulls_where_unknown()
    {
        var (exit, json, _) = Run("export", "--digests", RepoPaths.SampleDigests);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["digests", "problems"], Names(doc.RootElement));
        var digest = doc.RootElement.GetProperty("digests")[0];
        Assert.Equal(["file", "kind", "year", "week", "month", "issue", "title", "source", "picks", "entries"], Names(digest));
        Assert.Equal(["text", "url"], Names(digest.GetProperty("picks")[0]));
        var entry = digest.GetProperty("entries")[0];
        Assert.Equal(["section", "headline", "title", "arxivId", "url", "links", "summary"], Names(entry));
        Assert.Equal(JsonValueKind.Null, digest.GetProperty("month").ValueKind);
        Assert.Equal(JsonValueKind.Null, digest.GetProperty("issue").ValueKind);
        Assert.Equal("weekly", digest.GetProperty("kind").GetString());
        Assert.Equal("papers", entry.GetProperty("section").GetString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("problems").ValueKind);
    }

    [Fact]
    public void Export_of_the_corpus_lists_all_26_digests_and_their_problems()
    {
        var (exit, json, _) = Run("export", "--digests", RepoPaths.Corpus);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(json);
        var digests = doc.RootElement.GetProperty("digests").EnumerateArray().ToList();
        Assert.Equal(26, digests.Count);
        Assert.All(digests, d => Assert.NotEqual(JsonValueKind.Null, d.GetProperty("kind").ValueKind));
        var problem = doc.RootElement.GetProperty("problems")[0];
        Assert.Equal(["file", "line", "message"], Names(problem));
        Assert.Contains("\"2020-w43.md\"", json, StringComparison.Ordinal);
        Assert.Contains("机器学习", json, StringComparison.Ordinal); // Chinese is printed as text, not \u escapes
    }

    [Fact]
    public void Weeks_lists_each_digest_with_counts_per_section()
    {
        var (exit, text, _) = Run("weeks", "--digests", RepoPaths.SampleDigests);

        Assert.Equal(0, exit);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2020-W43", lines[0], StringComparison.Ordinal);
        Assert.Contains("papers 4", lines[0], StringComparison.Ordinal);
        Assert.Contains("picks 2", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("3 digests, ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_digests_folder_is_a_clear_error_naming_the_option()
    {
        var (exit, _, error) = Run("weeks", "--digests", "/nonexistent/digests");

        Assert.Equal(2, exit);
        Assert.Equal("digestbot weeks: the digests folder \"/nonexistent/digests\" does not exist (set --digests DIR)", error.Trim());
    }

    [Fact]
    public void Unknown_command_is_refused()
    {
        var (exit, _, error) = Run("frobnicate");

        Assert.NotEqual(0, exit);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
