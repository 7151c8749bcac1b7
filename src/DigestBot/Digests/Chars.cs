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
    /// <summary>Every char <see cref="char.IsWhiteSpace(char)"/> is true of, for building searches that include them.</summary>
    public const string WhiteSpace = " \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    public static readonly char[] HeadingDecoration = [' ', '—', '–', '-', '#', '。', '.', '!', '！', ':', '：'];
}
