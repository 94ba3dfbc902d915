namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> ServiceErrors() =>
        new()
        {
            ["error.invite_invalid"] =
                "Эта ссылка-приглашение больше не действует: ею уже воспользовались или истёк срок. Попросите у менеджера новую.",
            ["error.already_employee"] = "Вы уже в команде этого сервиса.",
            ["error.manager_only"] = "Это может сделать только менеджер сервиса.",
            ["error.employee_not_found"] = "Сотрудник не найден.",
            ["error.cannot_disable_self"] = "Нельзя отключить самого себя.",
            ["error.lookup_query_invalid"] = "Отправьте полный VIN (17 символов) или госномер.",
            ["error.lookup_rate_limited"] = "Слишком много поисков за последний час. Попробуйте позже.",
            ["error.request_not_found"] = "Запрос не найден.",
            ["error.request_already_decided"] = "По этому запросу уже принято решение; ничего не изменилось.",
            ["error.grant_not_found"] = "Этот доступ не найден или уже закончился.",
            ["error.dispute_reason_required"] = "Коротко опишите, что не так с этим визитом.",
            ["error.dispute_not_found"] = "Спор не найден.",
            ["error.dispute_already_resolved"] = "Этот спор уже разрешён.",
            ["error.visit_not_cancellable"] = "Отменить можно только визит, который ещё ждёт подтверждения владельца.",
            ["error.visit_not_hideable"] =
                "Визит, ожидающий решения, нельзя скрыть: подтвердите, оспорьте или отметьте «Не мой».",
            ["error.field_not_changeable"] = "Это поле нельзя предложить к изменению.",
            ["error.transfer_invalid"] = "Эта ссылка на передачу больше не действует.",
            ["error.transfer_to_self"] = "Вы уже владелец этого автомобиля.",
        };
}
