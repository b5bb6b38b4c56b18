from django.db import migrations


def fill_codes(apps, schema_editor):
    Account = apps.get_model('ledger', 'Account')
    for account in Account.objects.filter(code=''):
        account.code = f"ACC{account.pk:05d}"
        account.save(update_fields=['code'])


class Migration(migrations.Migration):

    dependencies = [('ledger', '0002_rename_and_cleanup')]

    # No reverse: once filled, the codes stay.
    operations = [
        migrations.RunPython(fill_codes),
        migrations.RemoveField(model_name='journalentry', name='tags'),
        migrations.DeleteModel(name='JournalEntry'),
    ]
