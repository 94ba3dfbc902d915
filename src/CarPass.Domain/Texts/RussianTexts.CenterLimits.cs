namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> CenterLimits() =>
        new()
        {
            ["error.lookup_budget_used"] =
                "Сервис, ещё не подтверждённый CarPass, может искать {0:plural:машину|машины|машин} за 24 часа, и они исчерпаны. После подтверждения ограничение снимается.",
            ["error.access_request_open"] =
                "Ваш сервис уже запросил доступ к этой машине, владелец пока не ответил. Ничего не изменилось.",
            ["error.access_request_cooling_down"] =
                "Владелец недавно отказал вашему сервису. Запросить снова можно с {0:d}. Ничего не изменилось.",
            ["error.center_registrations_awaiting_review"] =
                "У вас уже {0:plural:сервис ждёт|сервиса ждут|сервисов ждут} проверки. Когда CarPass их проверит, можно будет зарегистрировать ещё.",
            ["bot.access.owner_unverified"] =
                "⚠️ Этот сервис ещё не подтверждён CarPass. Разрешайте доступ, только если знаете его.",
            ["bot.review.title"] = "Сервисов ждут проверки: {0}. Новые с прошлого уведомления:",
            ["bot.review.line"] = "{0}. {1} — зарегистрировал {2}",
            ["bot.review.more"] = "…и ещё {0} в следующем уведомлении.",
            ["bot.review.verify_n"] = "✅ Подтвердить {0}",
            ["bot.review.reject_n"] = "Отклонить {0}",
        };
}
