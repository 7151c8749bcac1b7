using System.Text;
using DigestBot.Languages;

namespace DigestBot.Commands;

/// <summary>
/// Every command with its menu descriptions (setMyCommands), English and Chinese; its usage line for /help is the
/// text "Usage_{name}" in Texts.resx.
/// </summary>
public static class CommandMenu
{
    public sealed record Item(string Name, string English, string Chinese);

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("week", "A week's papers: /week 43 or /week 2020-W43", "某一周的论文：/week 43 或 /week 2020-W43"),
        new("latest", "The latest week's papers", "最新一周的论文"),
        new("picks", "The editor's picks of a week", "编辑精选"),
        new("issue", "A numbered issue: /issue 29", "某一期：/issue 29"),
        new("weeks", "Every week there is", "所有周报"),
        new("search", "Search headlines, titles and summaries", "搜索标题、论文名和摘要"),
        new("paper", "A paper by arXiv id: /paper 2010.01412", "按 arXiv 编号查论文"),
        new("subscribe", "Weekly papers here: /subscribe or /subscribe gan", "订阅每周论文：/subscribe 或 /subscribe gan"),
        new("topics", "The topics this chat follows", "本聊天关注的主题"),
        new("unsubscribe", "Stop the weekly posts, or drop a topic", "取消订阅或取消某个主题"),
        new("help", "What the bot can do", "帮助"),
    ];

    public static string Help(TextSet texts)
    {
        var text = new StringBuilder(texts["Help_Intro"]).Append('\n');
        foreach (var item in Items)
        {
            text.Append('\n').Append(Html.Escape(texts["Usage_" + item.Name]));
        }

        return text.ToString();
    }
}
