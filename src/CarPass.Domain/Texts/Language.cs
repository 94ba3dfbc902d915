namespace CarPass.Domain.Texts;

public enum Language
{
    Ru,
    En,
}
