using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Languages;

public static class LanguagesServices
{
    /// <summary>IStringLocalizer over Texts.resx and its Chinese sibling, and <see cref="BotTexts"/> to pick one per message.</summary>
    public static IHostApplicationBuilder AddLanguages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<BotTexts>();
        return builder;
    }
}
