namespace DigestBot.Commands.Inline;

/// <summary>One paper offered in inline mode: an id unique in its answer (1–64 bytes), the title and description shown in the list, the HTML sent when chosen.</summary>
public sealed record InlinePaper(string Id, string Title, string Description, string Html);
