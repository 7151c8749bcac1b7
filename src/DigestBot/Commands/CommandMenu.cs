using System.Text;

namespace DigestBot.Commands;

/// <summary>Every command with its usage line (for /help) and its menu descriptions (setMyCommands), English and Chinese.</summary>
public static class CommandMenu
{
    public sealed record Item(string Name, string Usage, string English, string Chinese);

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("week", "/week [N | 2020-W43] — a week's papers (no number: this week, else the latest)", "A week's papers: /week 43 or /week 2020-W43", "某一周的论文：/week 43 或 /week 2020-W43"),
        new("latest", "/latest — the latest week", "The latest week's papers", "最新一周的论文"),
        new("picks", "/picks [week] — the editor's picks", "The editor's picks of a week", "编辑精选"),
        new("issue", "/issue N — a numbered issue, e.g. /issue 29", "A numbered issue: /issue 29", "某一期：/issue 29"),
        new("weeks", "/weeks — every week there is", "Every week there is", "所有周报"),
        new("search", "/search TEXT — papers whose headline, title or summary has TEXT", "Search headlines, titles and summaries", "搜索标题、论文名和摘要"),
        new("paper", "/paper ARXIV_ID — a paper by its arXiv id, e.g. /paper 2010.01412", "A paper by arXiv id: /paper 2010.01412", "按 arXiv 编号查论文"),
        new("subscribe", "/subscribe [topics] — get each week's papers here (with topics, e.g. /subscribe gan diffusion: only those about them)", "Weekly papers here: /subscribe or /subscribe gan", "订阅每周论文：/subscribe 或 /subscribe gan"),
        new("topics", "/topics — the topics this chat follows", "The topics this chat follows", "本聊天关注的主题"),
        new("unsubscribe", "/unsubscribe [topic] — stop them (with a topic: drop that topic)", "Stop the weekly posts, or drop a topic", "取消订阅或取消某个主题"),
        new("help", "/help — this list", "What the bot can do", "帮助"),
    ];

    public static string Help()
    {
        var text = new StringBuilder("<b>DigestBot</b> answers from Akira's weekly ML news digest.\n");
        foreach (var item in Items)
        {
            text.Append('\n').Append(Html.Escape(item.Usage));
        }

        return text.ToString();
    }
}
