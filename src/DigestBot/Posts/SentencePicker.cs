namespace DigestBot.Posts;

/// <summary>
/// Chooses the one sentence of a summary that carries its point. The rule, in order:
/// 1. a summary of one sentence is that sentence;
/// 2. else the first sentence that states the proposal ("提出", "propose", "introduce", …);
/// 3. else the first that states a result ("优于", "超过", "提高", "实现", "SotA", "outperform", "faster", …);
/// 4. else the first sentence that is not background ("通常", "虽然", "传统", "usually", …);
/// 5. else the first sentence.
/// </summary>
public static class SentencePicker
{
    private static readonly string[] Proposal =
        ["提出", "提议", "建议了", "他们开发", "作者开发", "发布了", "propose", "introduce", "present"];

    private static readonly string[] Result =
        ["优于", "超过", "超越", "胜过", "提高", "提升", "改善", "改进了", "实现了", "达到", "取得", "更快", "更准确", "更高", "倍",
         "sota", "state-of-the-art", "outperform", "improve", "achiev", "faster", "better"];

    private static readonly string[] Background =
        ["通常", "虽然", "传统", "一般来说", "以往", "众所周知", "由于", "然而", "usually", "traditionally", "although", "while "];

    public static string Pick(string summary)
    {
        var sentences = Sentences.Split(summary);
        if (sentences.Count <= 1)
        {
            return sentences.Count == 1 ? sentences[0] : "";
        }

        return sentences.FirstOrDefault(s => Has(s, Proposal))
            ?? sentences.FirstOrDefault(s => Has(s, Result))
            ?? sentences.FirstOrDefault(s => !Has(s, Background))
            ?? sentences[0];
    }

    private static bool Has(string sentence, string[] cues) =>
        cues.Any(cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase));
}
