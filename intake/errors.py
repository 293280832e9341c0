"""The intake error tree. Every message here is safe to log: no personal data.

    IntakeError
    ├── ConfigError          a bad or missing setting; the message names the key
    ├── SourceError          a mailbox could not be read
    │   ├── SourceUnreachable    connection refused, DNS, TLS, timeout
    │   └── SourceLoginFailed    wrong user name or password
    └── StageError           a stage could not finish a message (retried, then quarantined)

Storage has its own tree in `storage.errors`.
"""


class IntakeError(Exception):
    """Base of every error the worker expects; the message is one actionable line."""


class ConfigError(IntakeError):
    pass


class SourceError(IntakeError):
    pass


class SourceUnreachable(SourceError):
    pass


class SourceLoginFailed(SourceError):
    pass


class StageError(IntakeError):
    pass
