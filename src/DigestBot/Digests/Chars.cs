namespace DigestBot.Digests;

/// <summary>Character sets used for trimming, kept static so that hot paths do not allocate them per call.</summary>
internal static class Chars
{
    public static readonly char[] CornerBrackets = ['【', '】'];
    public static readonly char[] AnyBrackets = ['【', '】', '[', ']', '(', ')'];
    public static readonly char[] AngleBrackets = ['<', '>'];
    public static readonly char[] Quotes = ['\'', '"'];
    public static readonly char[] Dashes = ['—', '–'];
    public static readonly char[] UrlTail = ['.', ',', '*', ';', ':'];
    public static readonly char[] StarOrSpace = ['*', ' '];
    public static readonly char[] HostEnd = ['/', '?'];
    public static readonly char[] CardTitleEnd = ['#', ']'];
    public static readonly char[] Ellipsis = ['…', '.'];
    public static readonly char[] OpenCornerOrSpace = ['【', ' '];
    public static readonly char[] PageKeyTail = ['/', '+', ' '];
    public static readonly char[] HeadingDecoration = [' ', '—', '–', '-', '#', '。', '.', '!', '！', ':', '：'];
}
