namespace DigestBot.Digests;

/// <summary>The stable slugs used in JSON and on the command line.</summary>
public static class SectionNames
{
    public static string Slug(this Section section) => section switch
    {
        Section.Featured => "featured",
        Section.Papers => "papers",
        Section.Articles => "articles",
        Section.UseCases => "use-cases",
        _ => "other",
    };

    public static string Slug(this DigestKind kind) => kind switch
    {
        DigestKind.Weekly => "weekly",
        DigestKind.Monthly => "monthly",
        _ => "issue",
    };

    public static IReadOnlyList<Section> All { get; } =
        [Section.Featured, Section.Papers, Section.Articles, Section.UseCases, Section.Other];
}
