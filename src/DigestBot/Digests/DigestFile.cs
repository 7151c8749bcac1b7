using System.Globalization;
using System.Text;

namespace DigestBot.Digests;

/// <summary>Reads a digest file from disk, refusing what cannot be a digest (too large, binary) with a clear problem.</summary>
public static class DigestFile
{
    /// <summary>Real digests are a few tens of kilobytes; anything past this is not one.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ParsedDigest Read(string path, string? displayName = null)
    {
        var name = displayName ?? Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            return DigestParser.Empty(name, 0, string.Create(CultureInfo.InvariantCulture,
                $"the file is {length / 1048576.0:0.0} MB; a digest is at most {MaxBytes / 1048576} MB, so it was not parsed"));
        }

        return Parse(name, File.ReadAllBytes(path));
    }

    public static ParsedDigest Parse(string name, byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return DigestParser.Empty(name, 0, "the file holds binary data (NUL bytes), not Markdown text; it was not parsed");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DigestParser.Empty(name, 0, "the file is not UTF-8 text (binary data or another encoding); it was not parsed");
        }

        return DigestParser.Parse(name, text.TrimStart('\uFEFF'));
    }
}
