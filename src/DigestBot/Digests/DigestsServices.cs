using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

public static class DigestsServices
{
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestsOptions>().BindConfiguration(DigestsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DigestsOptions>, DigestsOptionsValidator>();
        builder.Services.AddSingleton<DigestLibrary>();
        return builder;
    }
}
