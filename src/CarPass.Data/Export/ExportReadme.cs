using System.Globalization;
using System.Text;

namespace CarPass.Data.Export;

/// <summary>The README inside the ZIP: every file and every column, in English and Russian.</summary>
public static class ExportReadme
{
    public static string Text(DateTime exportedAt)
    {
        var text = new StringBuilder();
        text.AppendLine("# CarPass export / Экспорт CarPass").AppendLine();
        text.AppendLine(
            $"Made {exportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. "
                + "CSV files in UTF-8, comma-separated (RFC 4180); dates ISO 8601 in UTC; decimals with a point. "
                + "A text cell starting with = + - @ is written with a leading ' so a spreadsheet shows it as text."
        );
        text.AppendLine();
        text.AppendLine(
            $"Создано {exportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. "
                + "CSV в UTF-8, через запятую (RFC 4180); даты ISO 8601 в UTC; дробные числа с точкой. "
                + "Текст, начинающийся с = + - @, записан с ' в начале, чтобы таблица показала его как текст."
        );
        foreach (var table in ExportTables.All)
        {
            text.AppendLine().AppendLine($"## {table.File} — {table.English} / {table.Russian}").AppendLine();
            text.AppendLine("| column | meaning | значение |").AppendLine("|---|---|---|");
            foreach (var column in table.Columns)
                text.AppendLine($"| `{column.Name}` | {column.English} | {column.Russian} |");
        }
        return text.ToString();
    }
}
