using System.Text;

namespace DigestBot.Posts;

/// <summary>The plain layout shared by X, Mastodon and Bluesky: headline, sentence and link, a line each.</summary>
internal static class PlainText
{
    public static string Join(string headline, string sentence, string? link)
    {
        var sb = new StringBuilder();
        foreach (var part in new[] { headline, sentence, link })
        {
            if (!string.IsNullOrEmpty(part))
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(part);
            }
        }

        return sb.ToString();
    }
}
