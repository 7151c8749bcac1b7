namespace DigestBot.Digests.Parsing;

/// <summary>What a heading does in a digest's structure.</summary>
internal enum HeadingRole
{
    /// <summary>Only dashes or emphasis markers: a separator drawn as a heading.</summary>
    Separator,

    /// <summary>Starts one of the known sections.</summary>
    Section,

    /// <summary>Numbered like a section, but with a name no section has.</summary>
    UnknownSection,

    /// <summary>The editor's picks list follows.</summary>
    Picks,

    /// <summary>"This week's featured" summary in the intro of the newsletter layout.</summary>
    IntroFeatured,

    /// <summary>Past issues, subscription pleas, about me: not content.</summary>
    Footer,

    /// <summary>Anything else: inside a section, an entry's headline.</summary>
    Plain,
}
