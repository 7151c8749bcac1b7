using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.Bluesky;

/// <summary>
/// An app.bsky.feed.post record: the text, its link facet (app.bsky.richtext.facet#link at UTF-8 byte offsets),
/// langs, createdAt, the reply's root and parent, and the link's card (app.bsky.embed.external, no thumbnail).
/// </summary>
public static class PostRecord
{
    public static JsonObject Build(string text, string? url, PostCard? card, string language, StrongRef? root, StrongRef? parent, DateTimeOffset createdAt)
    {
        var record = new JsonObject
        {
            ["$type"] = BlueskyClient.Collection,
            ["text"] = text,
            ["createdAt"] = createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["langs"] = new JsonArray(language),
        };
        var facets = LinkFacets.Of(text, url);
        if (facets.Count > 0)
        {
            record["facets"] = new JsonArray(facets.Select(f => (JsonNode)new JsonObject
            {
                ["index"] = new JsonObject { ["byteStart"] = f.ByteStart, ["byteEnd"] = f.ByteEnd },
                ["features"] = new JsonArray(new JsonObject { ["$type"] = "app.bsky.richtext.facet#link", ["uri"] = f.Uri }),
            }).ToArray());
        }

        if (parent is not null)
        {
            record["reply"] = new JsonObject { ["root"] = Ref(root ?? parent), ["parent"] = Ref(parent) };
        }

        if (card is not null)
        {
            record["embed"] = new JsonObject
            {
                ["$type"] = "app.bsky.embed.external",
                ["external"] = new JsonObject { ["uri"] = card.Url, ["title"] = card.Title, ["description"] = card.Description },
            };
        }

        return record;
    }

    private static JsonObject Ref(StrongRef target) => new() { ["uri"] = target.Uri, ["cid"] = target.Cid };
}
