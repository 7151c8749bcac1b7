using DigestBot.X;

namespace DigestBot.Tests.X;

/// <summary>X's documented worked example, "Creating a signature".</summary>
public sealed class OAuth1SignerTests
{
    private static readonly OAuth1Signer.Credentials Keys = new(
        "xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
        "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");

    private static readonly KeyValuePair<string, string>[] Form = [new("status", "Hello Ladies + Gentlemen, a signed OAuth request!")];

    [Theory]
    [InlineData("https://api.twitter.com/1.1/statuses/update.json?include_entities=true", "hCtSmYh+iHYCEqBWrE7C7hYmtUk=")]
    [InlineData("https://api.x.com/1.1/statuses/update.json?include_entities=true", "Ls93hJiZbQ3akF3HF3x1Bz8/zU4=")]
    public void The_documented_request_gets_the_documented_signature(string url, string signature)
    {
        var oauth = OAuth1Signer.OAuthParameters(Keys, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958);

        Assert.Equal(signature, OAuth1Signer.Signature("POST", new Uri(url), Keys, oauth, Form));
    }

    [Fact]
    public void The_header_carries_every_oauth_parameter_encoded_and_sorted()
    {
        var header = OAuth1Signer.Header("POST", new Uri("https://api.twitter.com/1.1/statuses/update.json?include_entities=true"), Keys,
            "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958, Form);

        Assert.Equal("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
            + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
            + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"", header);
    }

    [Theory]
    [InlineData("Ladies + Gentlemen", "Ladies%20%2B%20Gentlemen")]
    [InlineData("An encoded string!", "An%20encoded%20string%21")]
    [InlineData("Dogs, Cats & Mice", "Dogs%2C%20Cats%20%26%20Mice")]
    [InlineData("☃", "%E2%98%83")]
    [InlineData("-._~", "-._~")]
    public void Percent_encoding_follows_rfc_3986(string raw, string encoded) => Assert.Equal(encoded, OAuth1Signer.Encode(raw));
}
