public enum _S {}
