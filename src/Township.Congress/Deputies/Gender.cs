namespace Township.Congress.Deputies;

public enum Gender
{
    Male,
    Female,
}
