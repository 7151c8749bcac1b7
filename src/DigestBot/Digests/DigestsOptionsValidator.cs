using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

public sealed class DigestsOptionsValidator : IValidateOptions<DigestsOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestsOptions options) =>
        string.IsNullOrWhiteSpace(options.Path) ? ValidateOptionsResult.Fail("Digests:Path is empty: give the folder of digest Markdown files.")
        : !Directory.Exists(options.Path) ? ValidateOptionsResult.Fail($"Digests:Path \"{options.Path}\" is not a folder (looked in {Directory.GetCurrentDirectory()}).")
        : ValidateOptionsResult.Success;
}
