from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0001_initial'),
    ]

    operations = [
        migrations.RenameField(model_name='entry', old_name='debit', new_name='debit_account'),
        migrations.RenameField(model_name='account', old_name='title', new_name='name'),
        migrations.RenameModel(old_name='Entry', new_name='JournalEntry'),
        migrations.RemoveField(model_name='account', name='parent'),
        migrations.AlterModelTable(name='account', table='ledger_accounts'),
        migrations.AddConstraint(
            model_name='journalentry',
            constraint=models.UniqueConstraint(fields=('memo', 'debit_account'), name='ledger_entry_unique_memo'),
        ),
        migrations.AlterUniqueTogether(name='account', unique_together={('code', 'name')}),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='ReportRow')],
            database_operations=[
                migrations.RunSQL(
                    sql=[("ALTER TABLE ledger_accounts ADD COLUMN archived boolean DEFAULT false", None)],
                    reverse_sql=["ALTER TABLE ledger_accounts DROP COLUMN archived"],
                ),
            ],
        ),
    ]
