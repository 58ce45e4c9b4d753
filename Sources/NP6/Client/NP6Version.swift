import Logging

public enum NP6Version {
    public static let current = "0.1.0"
}
