using DigestBot.Commands;
using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Subscribers;

public static class SubscribersServices
{
    /// <summary>Subscriptions (/subscribe, /unsubscribe, /topics) and the week's delivery to them, an audience of the schedule.</summary>
    public static IHostApplicationBuilder AddSubscribers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISubscriberStore, SqlSubscriberStore>();
        builder.Services.AddSingleton<ITopicStore, SqlTopicStore>();
        builder.Services.AddSingleton<SubscriberDelivery>();
        builder.Services.AddSingleton<IWeekAudience>(services => services.GetRequiredService<SubscriberDelivery>());
        builder.Services.AddSingleton<ICommandHandler, SubscribeCommand>();
        builder.Services.AddSingleton<ICommandHandler, UnsubscribeCommand>();
        builder.Services.AddSingleton<ICommandHandler, TopicsCommand>();
        builder.Services.AddHostedService<SubscriberGauge>();
        return builder;
    }
}
