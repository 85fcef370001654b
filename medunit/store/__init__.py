"""The SQLCipher store: connection, schema, migrations, repositories. Only this package writes SQL."""
