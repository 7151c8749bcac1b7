namespace DigestBot.X;

/// <summary>
/// twitter-text's weighting configuration (config/v3.json): code points in <see cref="Ranges"/> weigh
/// their range's weight, all others <see cref="DefaultWeight"/>; a URL weighs <see cref="TransformedUrlLength"/>
/// characters; with emoji parsing, an emoji sequence weighs one default-weight character.
/// </summary>
public sealed record XTextConfig(
    int MaxWeightedTweetLength,
    int Scale,
    int DefaultWeight,
    bool EmojiParsingEnabled,
    int TransformedUrlLength,
    IReadOnlyList<XWeightRange> Ranges)
{
    /// <summary>The configuration X uses today (twitter-text config v3).</summary>
    public static XTextConfig V3 { get; } = new(280, 100, 200, true, 23,
        [new(0, 4351, 100), new(8192, 8205, 100), new(8208, 8223, 100), new(8242, 8247, 100)]);

    /// <summary>The previous configuration (v2): the same weights, without emoji parsing.</summary>
    public static XTextConfig V2 { get; } = V3 with { EmojiParsingEnabled = false };

    public int WeightOf(int codePoint)
    {
        foreach (var range in Ranges)
        {
            if (codePoint >= range.Start && codePoint <= range.End)
            {
                return range.Weight;
            }
        }

        return DefaultWeight;
    }
}

/// <summary>A range of code points and their weight (scaled by <see cref="XTextConfig.Scale"/>).</summary>
public sealed record XWeightRange(int Start, int End, int Weight);
