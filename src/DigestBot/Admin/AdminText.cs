using DigestBot.Commands;

namespace DigestBot.Admin;

/// <summary>Plain report text (the ledger's, the queues') as a preformatted HTML block within one message.</summary>
public static class AdminText
{
    private const int Limit = 3500;

    public static string Pre(string text)
    {
        var cut = text.Length > Limit ? text[..Limit] + "\n…" : text;
        return "<pre>" + Html.Escape(cut.TrimEnd()) + "</pre>";
    }
}
