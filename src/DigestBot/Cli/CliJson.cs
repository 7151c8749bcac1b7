using System.Text.Encodings.Web;
using System.Text.Json;

namespace DigestBot.Cli;

/// <summary>How the command line writes JSON: camelCase, indented, Chinese as text rather than \u escapes.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
